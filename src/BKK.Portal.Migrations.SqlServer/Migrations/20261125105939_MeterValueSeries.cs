using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MeterValueSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_MeterValues",
                table: "MeterValues");

            migrationBuilder.AddColumn<int>(
                name: "Direction",
                table: "MeterValues",
                type: "int",
                nullable: false,
                defaultValue: 1); // the values stored so far are consumption

            migrationBuilder.AddPrimaryKey(
                name: "PK_MeterValues",
                table: "MeterValues",
                columns: new[] { "MeteringPointKey", "Direction", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_MeterValues",
                table: "MeterValues");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "MeterValues");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MeterValues",
                table: "MeterValues",
                columns: new[] { "MeteringPointKey", "StartUtc" });
        }
    }
}
