using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpotPrices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PriceArea",
                table: "MeteringPoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5); // NO5: every metering point of BKK's grid is in Bergen's price area

            migrationBuilder.CreateTable(
                name: "SpotPrices",
                columns: table => new
                {
                    Area = table.Column<int>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MicroNokPerKwh = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotPrices", x => new { x.Area, x.StartUtc });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpotPrices");

            migrationBuilder.DropColumn(
                name: "PriceArea",
                table: "MeteringPoints");
        }
    }
}
