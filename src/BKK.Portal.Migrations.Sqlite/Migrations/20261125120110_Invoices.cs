using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Invoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InvoicedThroughSupplier",
                table: "CustomerRelationships",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    CustomerRelationshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeteringPointKey = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OriginalDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeferralInterest = table.Column<long>(type: "INTEGER", nullable: false),
                    Kid = table.Column<string>(type: "TEXT", unicode: false, maxLength: 25, nullable: false),
                    Delivery = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyKwh = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountExclVat = table.Column<long>(type: "INTEGER", nullable: false),
                    Vat = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountInclVat = table.Column<long>(type: "INTEGER", nullable: false),
                    SentToDebtCollection = table.Column<bool>(type: "INTEGER", nullable: false),
                    Credited = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_CustomerRelationships_CustomerRelationshipId",
                        column: x => x.CustomerRelationshipId,
                        principalTable: "CustomerRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Invoices_MeteringPoints_MeteringPointKey",
                        column: x => x.MeteringPointKey,
                        principalTable: "MeteringPoints",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InvoiceLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UnitPriceNok = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountExclVat = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceLines_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Kid = table.Column<string>(type: "TEXT", unicode: false, maxLength: 25, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_InvoiceId",
                table: "InvoiceLines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CustomerRelationshipId_IssueDate",
                table: "Invoices",
                columns: new[] { "CustomerRelationshipId", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_MeteringPointKey",
                table: "Invoices",
                column: "MeteringPointKey");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Number",
                table: "Invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_InvoiceId",
                table: "Payments",
                column: "InvoiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropColumn(
                name: "InvoicedThroughSupplier",
                table: "CustomerRelationships");
        }
    }
}
