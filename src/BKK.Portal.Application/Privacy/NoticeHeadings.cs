namespace BKK.Portal.Application.Privacy;

/// <summary>
/// The headings and labels of the notice page: part of the notice, so part of the catalogue. Every fixed text
/// of the page comes from here, the pattern of its date too (<see cref="DateFormat"/>: "d. MMMM yyyy" in
/// Norwegian, "d MMMM yyyy" in English), so the page has no texts of its own.
/// </summary>
public sealed record NoticeHeadings(
    Text Title,
    Text VersionLabel,
    Text DateFormat,
    Text Controller,
    Text DataProtectionOfficer,
    Text DataCategories,
    Text Purpose,
    Text LegalBasis,
    Text Retention,
    Text Sources,
    Text Processors,
    Text Disclosure,
    Text Protection,
    Text Cookies,
    Text CookieTheme,
    Text CookieData,
    Text CookieUse,
    Text CookieLifetime,
    Text CookieCategory,
    Text CookieProvider,
    Text Rights,
    Text Complaint);
