using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApiTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerRelationshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Scopes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_CustomerRelationships_CustomerRelationshipId",
                        column: x => x.CustomerRelationshipId,
                        principalTable: "CustomerRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApiTokens_People_CreatedByPersonId",
                        column: x => x.CreatedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokenMeteringPoints",
                columns: table => new
                {
                    ApiTokenId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeteringPointKey = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokenMeteringPoints", x => new { x.ApiTokenId, x.MeteringPointKey });
                    table.ForeignKey(
                        name: "FK_ApiTokenMeteringPoints_ApiTokens_ApiTokenId",
                        column: x => x.ApiTokenId,
                        principalTable: "ApiTokens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApiTokenMeteringPoints_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ApiTokenUsages",
                columns: table => new
                {
                    ApiTokenId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Calls = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokenUsages", x => new { x.ApiTokenId, x.Day });
                    table.ForeignKey(
                        name: "FK_ApiTokenUsages_ApiTokens_ApiTokenId",
                        column: x => x.ApiTokenId,
                        principalTable: "ApiTokens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokenMeteringPoints_MeteringPointKey",
                table: "ApiTokenMeteringPoints",
                column: "MeteringPointKey");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_CreatedByPersonId",
                table: "ApiTokens",
                column: "CreatedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_CustomerRelationshipId",
                table: "ApiTokens",
                column: "CustomerRelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_Prefix",
                table: "ApiTokens",
                column: "Prefix");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiTokenMeteringPoints");

            migrationBuilder.DropTable(
                name: "ApiTokenUsages");

            migrationBuilder.DropTable(
                name: "ApiTokens");
        }
    }
}
