namespace BKK.Portal.Application.MyData;

/// <summary>The texts of the "Mine data" download: the summary page (sammendrag.html) and the CSV headers.</summary>
public sealed class MyDataExportTexts;
