using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DaySums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeterDaySums",
                columns: table => new
                {
                    MeteringPointKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PriceArea = table.Column<int>(type: "INTEGER", nullable: false),
                    DayRateWh = table.Column<long>(type: "INTEGER", nullable: false),
                    NightRateWh = table.Column<long>(type: "INTEGER", nullable: false),
                    Values = table.Column<int>(type: "INTEGER", nullable: false),
                    Estimated = table.Column<int>(type: "INTEGER", nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    ThroughUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    PeakHourStartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    PeakHourWh = table.Column<long>(type: "INTEGER", nullable: false),
                    PeakHourEstimated = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakPowerStartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    PeakPowerWh = table.Column<long>(type: "INTEGER", nullable: false),
                    PeakPowerEstimated = table.Column<int>(type: "INTEGER", nullable: false),
                    PricedKwh = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    SpotNok = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: false),
                    StromstotteThresholdNokPerKwh = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    AboveThresholdNok = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: false),
                    PricesChanged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterDaySums", x => new { x.MeteringPointKey, x.Direction, x.Day });
                    table.ForeignKey(
                        name: "FK_MeterDaySums_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeterDaySums_PriceArea_Day",
                table: "MeterDaySums",
                columns: new[] { "PriceArea", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeterDaySums");
        }
    }
}
