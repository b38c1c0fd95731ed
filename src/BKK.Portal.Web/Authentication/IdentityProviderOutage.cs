namespace BKK.Portal.Web.Authentication;

/// <summary>Which errors mean the identity provider cannot be reached (503 with its own text).</summary>
public static class IdentityProviderOutage
{
    /// <summary>The identity provider cannot be reached (its discovery document or keys do not come).</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException || (e is InvalidOperationException && e.Message.StartsWith("IDX20803", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
