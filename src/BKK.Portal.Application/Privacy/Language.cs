namespace BKK.Portal.Application.Privacy;

public enum Language
{
    Norwegian,
    English,
}
