using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RegisterReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RegisterDigits",
                table: "MeteringPoints",
                type: "int",
                nullable: false,
                defaultValue: 6); // the registers of the meters in place: six digits

            migrationBuilder.AddColumn<bool>(
                name: "SendsValues",
                table: "MeteringPoints",
                type: "bit",
                nullable: false,
                defaultValue: true); // the meters in place send their values

            migrationBuilder.CreateTable(
                name: "RegisterReadings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeteringPointKey = table.Column<int>(type: "int", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisterKwh = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    Check = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    ConsumptionKwh = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterReadings_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisterReadingPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RegisterReadingId = table.Column<int>(type: "int", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterReadingPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterReadingPhotos_RegisterReadings_RegisterReadingId",
                        column: x => x.RegisterReadingId,
                        principalTable: "RegisterReadings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReadingPhotos_RegisterReadingId",
                table: "RegisterReadingPhotos",
                column: "RegisterReadingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReadings_MeteringPointKey_OnDate",
                table: "RegisterReadings",
                columns: new[] { "MeteringPointKey", "OnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterReadings_State",
                table: "RegisterReadings",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegisterReadingPhotos");

            migrationBuilder.DropTable(
                name: "RegisterReadings");

            migrationBuilder.DropColumn(
                name: "RegisterDigits",
                table: "MeteringPoints");

            migrationBuilder.DropColumn(
                name: "SendsValues",
                table: "MeteringPoints");
        }
    }
}
