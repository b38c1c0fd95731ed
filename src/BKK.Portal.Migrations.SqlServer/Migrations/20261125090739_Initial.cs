using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerRelationships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerNumber = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: false),
                    HolderName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CustomerType = table.Column<int>(type: "int", nullable: false),
                    OrganisationNumber = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: true),
                    TariffType = table.Column<int>(type: "int", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerRelationships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NationalIdentityNumber = table.Column<string>(type: "varchar(11)", unicode: false, maxLength: 11, nullable: false),
                    AddressLine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PostalCode = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true),
                    PostalPlace = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeteringPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerRelationshipId = table.Column<int>(type: "int", nullable: false),
                    Gsrn = table.Column<string>(type: "varchar(18)", unicode: false, maxLength: 18, nullable: false),
                    MeterNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    InstallationType = table.Column<int>(type: "int", nullable: false),
                    MeterType = table.Column<int>(type: "int", nullable: false),
                    Resolution = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    PostalCode = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    PostalPlace = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeteringPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeteringPoints_CustomerRelationships_CustomerRelationshipId",
                        column: x => x.CustomerRelationshipId,
                        principalTable: "CustomerRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccessGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    CustomerRelationshipId = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessGrants_CustomerRelationships_CustomerRelationshipId",
                        column: x => x.CustomerRelationshipId,
                        principalTable: "CustomerRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccessGrants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeterValues",
                columns: table => new
                {
                    MeteringPointKey = table.Column<int>(type: "int", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Resolution = table.Column<int>(type: "int", nullable: false),
                    QuantityWh = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterValues", x => new { x.MeteringPointKey, x.StartUtc });
                    table.ForeignKey(
                        name: "FK_MeterValues_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_CustomerRelationshipId",
                table: "AccessGrants",
                column: "CustomerRelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_PersonId_CustomerRelationshipId",
                table: "AccessGrants",
                columns: new[] { "PersonId", "CustomerRelationshipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerRelationships_CustomerNumber",
                table: "CustomerRelationships",
                column: "CustomerNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeteringPoints_CustomerRelationshipId",
                table: "MeteringPoints",
                column: "CustomerRelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_MeteringPoints_Gsrn",
                table: "MeteringPoints",
                column: "Gsrn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_NationalIdentityNumber",
                table: "People",
                column: "NationalIdentityNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_Subject",
                table: "People",
                column: "Subject",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessGrants");

            migrationBuilder.DropTable(
                name: "MeterValues");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "MeteringPoints");

            migrationBuilder.DropTable(
                name: "CustomerRelationships");
        }
    }
}
