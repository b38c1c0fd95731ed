namespace BKK.Portal.Application.Privacy;

public enum CookieCategory
{
    Necessary = 1,
    Functional = 2,
    Statistics = 3,
    Marketing = 4,
}
