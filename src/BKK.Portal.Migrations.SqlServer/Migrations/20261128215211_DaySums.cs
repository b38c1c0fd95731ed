using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
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
                    MeteringPointKey = table.Column<int>(type: "int", nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    PriceArea = table.Column<int>(type: "int", nullable: false),
                    DayRateWh = table.Column<long>(type: "bigint", nullable: false),
                    NightRateWh = table.Column<long>(type: "bigint", nullable: false),
                    Values = table.Column<int>(type: "int", nullable: false),
                    Estimated = table.Column<int>(type: "int", nullable: false),
                    Missing = table.Column<int>(type: "int", nullable: false),
                    ThroughUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PeakHourStartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PeakHourWh = table.Column<long>(type: "bigint", nullable: false),
                    PeakHourEstimated = table.Column<int>(type: "int", nullable: false),
                    PeakPowerStartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PeakPowerWh = table.Column<long>(type: "bigint", nullable: false),
                    PeakPowerEstimated = table.Column<int>(type: "int", nullable: false),
                    PricedKwh = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    SpotNok = table.Column<decimal>(type: "decimal(28,12)", precision: 28, scale: 12, nullable: false),
                    StromstotteThresholdNokPerKwh = table.Column<decimal>(type: "decimal(9,6)", precision: 9, scale: 6, nullable: true),
                    AboveThresholdNok = table.Column<decimal>(type: "decimal(28,12)", precision: 28, scale: 12, nullable: false),
                    PricesChanged = table.Column<bool>(type: "bit", nullable: false)
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
