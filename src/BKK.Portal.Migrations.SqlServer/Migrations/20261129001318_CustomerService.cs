using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<string>(
                name: "AssignedToName",
                table: "Inquiries",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedToSubject",
                table: "Inquiries",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "Inquiries",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaffAccesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StaffSubject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StaffName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CustomerRelationshipId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    CaseReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReasonText = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
