using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GridStation",
                table: "MeteringPoints",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsumptionAlertChecks",
                columns: table => new
                {
                    MeteringPointKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsumptionAlertChecks", x => new { x.MeteringPointKey, x.Month });
                    table.ForeignKey(
                        name: "FK_ConsumptionAlertChecks_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationalNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpectedEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TextBokmal = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextNynorsk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextEnglish = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationalNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationalNoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeAreas_OperationalNotices_OperationalNoticeId",
                        column: x => x.OperationalNoticeId,
                        principalTable: "OperationalNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeteringPoints_GridStation",
                table: "MeteringPoints",
                column: "GridStation");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeAreas_OperationalNoticeId",
                table: "NoticeAreas",
                column: "OperationalNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeAreas_Type_Value",
                table: "NoticeAreas",
                columns: new[] { "Type", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationalNotices_Reference",
                table: "OperationalNotices",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationalNotices_Status_StartUtc",
                table: "OperationalNotices",
                columns: new[] { "Status", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsumptionAlertChecks");

            migrationBuilder.DropTable(
                name: "NoticeAreas");

            migrationBuilder.DropTable(
                name: "OperationalNotices");

            migrationBuilder.DropIndex(
                name: "IX_MeteringPoints_GridStation",
                table: "MeteringPoints");

            migrationBuilder.DropColumn(
                name: "GridStation",
                table: "MeteringPoints");
        }
    }
}
