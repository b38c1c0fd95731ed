using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MoveOutReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OnDate",
                table: "ServiceRequests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReadingKwh",
                table: "ServiceRequests",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OnDate",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ReadingKwh",
                table: "ServiceRequests");
        }
    }
}
