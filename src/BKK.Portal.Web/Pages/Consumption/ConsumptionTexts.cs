namespace BKK.Portal.Web.Pages.Consumption;

/// <summary>The texts of Forbruk: the page, the chart, the error messages and the CSV export's header and words.</summary>
public sealed class ConsumptionTexts;
