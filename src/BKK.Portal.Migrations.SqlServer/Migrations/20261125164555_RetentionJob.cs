using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RetentionJob : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorSubject",
                table: "InquiryMessages",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // Messages written before this column existed: the customer who wrote one is the person with
            // that name who has access to the inquiry's relationship (so the retention job can find it).
            migrationBuilder.Sql(
                """
                UPDATE "InquiryMessages" SET "AuthorSubject" = (
                    SELECT MIN(p."Subject") FROM "People" p
                    JOIN "AccessGrants" g ON g."PersonId" = p."Id"
                    JOIN "Inquiries" i ON i."CustomerRelationshipId" = g."CustomerRelationshipId"
                    WHERE i."Id" = "InquiryMessages"."InquiryId" AND p."Name" = "InquiryMessages"."AuthorName")
                WHERE "Author" = 1 AND "AuthorSubject" IS NULL;
                """);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Today = table.Column<DateOnly>(type: "date", nullable: false),
                    DryRun = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Instance = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CatalogueVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Counts = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InquiryMessages_AuthorSubject",
                table: "InquiryMessages",
                column: "AuthorSubject");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorSubject",
                table: "AuditEntries",
                column: "ActorSubject");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_StartedUtc",
                table: "RetentionRuns",
                column: "StartedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "RetentionRuns");

            migrationBuilder.DropIndex(
                name: "IX_InquiryMessages_AuthorSubject",
                table: "InquiryMessages");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActorSubject",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AuthorSubject",
                table: "InquiryMessages");
        }
    }
}
