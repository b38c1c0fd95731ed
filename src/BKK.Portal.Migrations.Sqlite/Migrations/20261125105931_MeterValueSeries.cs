using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BKK.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeterValueSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: the table is rebuilt WITHOUT ROWID, so the primary key is the
            // table's own order (clustered, as on SQL Server), interval starts become whole Unix
            // seconds, and existing values become the consumption series.
            // See docs/decisions/0008-meter-values-in-sqlite.md.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_MeterValues" (
                    "MeteringPointKey" INTEGER NOT NULL,
                    "Direction" INTEGER NOT NULL,
                    "StartUtc" INTEGER NOT NULL,
                    "Resolution" INTEGER NOT NULL,
                    "QuantityWh" INTEGER NOT NULL,
                    "Status" INTEGER NOT NULL,
                    CONSTRAINT "PK_MeterValues" PRIMARY KEY ("MeteringPointKey", "Direction", "StartUtc"),
                    CONSTRAINT "FK_MeterValues_MeteringPoints_MeteringPointKey" FOREIGN KEY ("MeteringPointKey") REFERENCES "MeteringPoints" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_MeterValues" ("MeteringPointKey", "Direction", "StartUtc", "Resolution", "QuantityWh", "Status")
                SELECT "MeteringPointKey", 1, CAST(strftime('%s', "StartUtc") AS INTEGER), "Resolution", "QuantityWh", "Status" FROM "MeterValues";
                DROP TABLE "MeterValues";
                ALTER TABLE "ef_temp_MeterValues" RENAME TO "MeterValues";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the layout of Initial; the production series has no place there and is dropped.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_MeterValues" (
                    "MeteringPointKey" INTEGER NOT NULL,
                    "StartUtc" TEXT NOT NULL,
                    "Resolution" INTEGER NOT NULL,
                    "QuantityWh" INTEGER NOT NULL,
                    "Status" INTEGER NOT NULL,
                    CONSTRAINT "PK_MeterValues" PRIMARY KEY ("MeteringPointKey", "StartUtc"),
                    CONSTRAINT "FK_MeterValues_MeteringPoints_MeteringPointKey" FOREIGN KEY ("MeteringPointKey") REFERENCES "MeteringPoints" ("Id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_MeterValues" ("MeteringPointKey", "StartUtc", "Resolution", "QuantityWh", "Status")
                SELECT "MeteringPointKey", datetime("StartUtc", 'unixepoch'), "Resolution", "QuantityWh", "Status" FROM "MeterValues" WHERE "Direction" = 1;
                DROP TABLE "MeterValues";
                ALTER TABLE "ef_temp_MeterValues" RENAME TO "MeterValues";
                """);
        }
    }
}
