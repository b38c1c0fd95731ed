namespace BKK.Portal.Web.Consumption;

public enum ExportFormat
{
    Csv,
    Json,
}
