namespace BKK.Portal.Web.Pages.Consumption;

public enum ExportFormat
{
    Csv,
    Json,
}
