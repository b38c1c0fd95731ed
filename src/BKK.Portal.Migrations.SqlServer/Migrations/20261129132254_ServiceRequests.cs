using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ServiceRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HanPortOpen",
                table: "MeteringPoints",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ServiceRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerRelationshipId = table.Column<int>(type: "int", nullable: false),
                    MeteringPointKey = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReadingKwh = table.Column<long>(type: "bigint", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_CustomerRelationships_CustomerRelationshipId",
                        column: x => x.CustomerRelationshipId,
                        principalTable: "CustomerRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_CompletedUtc_RequestedUtc",
                table: "ServiceRequests",
                columns: new[] { "CompletedUtc", "RequestedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_CustomerRelationshipId",
                table: "ServiceRequests",
                column: "CustomerRelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_MeteringPointKey",
                table: "ServiceRequests",
                column: "MeteringPointKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "HanPortOpen",
                table: "MeteringPoints");
        }
    }
}
