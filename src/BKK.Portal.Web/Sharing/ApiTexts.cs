namespace BKK.Portal.Web.Sharing;

/// <summary>The API's problem texts (ApiTexts.resx, .nn.resx, .en.resx), in the language the caller asks for.</summary>
public sealed class ApiTexts;
