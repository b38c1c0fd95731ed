using BKK.Portal.Application.Access;
using BKK.Portal.Application.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddPortalApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<RelationshipAccessService>();
        services.AddScoped<CurrentRelationship>();
        services.AddScoped<OverviewQuery>();
        services.AddScoped<PersonQuery>();
        return services;
    }
}
