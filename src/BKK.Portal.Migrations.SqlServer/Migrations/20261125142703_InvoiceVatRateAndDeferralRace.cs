using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceVatRateAndDeferralRace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invoices_CustomerRelationships_CustomerRelationshipId",
                table: "Invoices");

            migrationBuilder.AddColumn<long>(
                name: "VatRate",
                table: "Invoices",
                type: "bigint",
                nullable: false,
                defaultValue: 2500L); // invoices billed before the rate was stored were billed at 25 %

            migrationBuilder.AddForeignKey(
                name: "FK_Invoices_CustomerRelationships_CustomerRelationshipId",
                table: "Invoices",
                column: "CustomerRelationshipId",
                principalTable: "CustomerRelationships",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invoices_CustomerRelationships_CustomerRelationshipId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "VatRate",
                table: "Invoices");

            migrationBuilder.AddForeignKey(
                name: "FK_Invoices_CustomerRelationships_CustomerRelationshipId",
                table: "Invoices",
                column: "CustomerRelationshipId",
                principalTable: "CustomerRelationships",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
