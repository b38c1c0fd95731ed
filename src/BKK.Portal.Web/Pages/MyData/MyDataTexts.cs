namespace BKK.Portal.Web.Pages.MyData;

/// <summary>The texts of the Mine data page, including the status text its script shows while the ZIP is made.</summary>
public sealed class MyDataTexts;
