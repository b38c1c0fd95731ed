namespace BKK.Portal.Web.Tests.Support;

/// <summary>The HTTP tests share one portal (and its seeded database): starting one takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
