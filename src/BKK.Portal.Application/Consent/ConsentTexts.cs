using BKK.Portal.Application.Privacy;
namespace BKK.Portal.Application.Consent;

/// <summary>The texts of the cookie banner and settings page: what the visitor agrees to, so part of the catalogue.</summary>
public sealed record ConsentTexts(
    Text BannerTitle,
    Text BannerBody,
    Text RememberedFor,
    Text AcceptAll,
    Text NecessaryOnly,
    Text Choose,
    Text SettingsTitle,
    Text SettingsIntro,
    Text Save,
    Text AlwaysOn,
    Text Saved,
    Text CurrentChoice,
    Text NotChosen);
