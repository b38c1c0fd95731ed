using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "CustomerRelationshipId",
                table: "Inquiries",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "AssignedToName",
                table: "Inquiries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedToSubject",
                table: "Inquiries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "Inquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaffAccesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerRelationshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffAccesses_CustomerRelationships_CustomerRelationshipId",
                        column: x => x.CustomerRelationshipId,
                        principalTable: "CustomerRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_Status_CreatedUtc",
                table: "Inquiries",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccesses_CustomerRelationshipId_OpenedUtc",
                table: "StaffAccesses",
                columns: new[] { "CustomerRelationshipId", "OpenedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccesses_OpenedUtc",
                table: "StaffAccesses",
                column: "OpenedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccesses_StaffSubject_CustomerRelationshipId_ExpiresUtc",
                table: "StaffAccesses",
                columns: new[] { "StaffSubject", "CustomerRelationshipId", "ExpiresUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaffAccesses");

            migrationBuilder.DropIndex(
                name: "IX_Inquiries_Status_CreatedUtc",
                table: "Inquiries");

            migrationBuilder.DropColumn(
                name: "AssignedToName",
                table: "Inquiries");

            migrationBuilder.DropColumn(
                name: "AssignedToSubject",
                table: "Inquiries");

            migrationBuilder.DropColumn(
                name: "ClosedUtc",
                table: "Inquiries");

            migrationBuilder.AlterColumn<int>(
                name: "CustomerRelationshipId",
                table: "Inquiries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
