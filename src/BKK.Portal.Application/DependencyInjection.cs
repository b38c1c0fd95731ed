using BKK.Portal.Application.Notices;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Customers;
using BKK.Portal.Application.CustomerService;
using BKK.Portal.Application.Consent;
using BKK.Portal.Application.MyData;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Application.Installations;
using BKK.Portal.Application.Inquiries;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Application.Prices;
using BKK.Portal.Application.Sharing;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddPortalApplication(this IServiceCollection services, IConfiguration configuration)
    {
        // Made and checked at start: a wrong tariff table stops the portal with a clear message.
        var capacity = configuration.GetSection(CapacityTariffOptions.SectionName).Get<CapacityTariffOptions>() ?? new CapacityTariffOptions();
        services.AddSingleton(new CapacityCharge(capacity.ToTariff(), capacity.SumQuarterHoursToHours));
        var grid = configuration.GetSection(GridTariffOptions.SectionName).Get<GridTariffOptions>() ?? new GridTariffOptions();
        var deferral = configuration.GetSection(PaymentDeferralOptions.SectionName).Get<PaymentDeferralOptions>() ?? new PaymentDeferralOptions();
        services.AddSingleton(grid.ToTariff());
        services.AddSingleton(deferral.ToRules());
        services.AddSingleton((configuration.GetSection(PriceSupportOptions.SectionName).Get<PriceSupportOptions>() ?? new PriceSupportOptions()).ToRules());
        services.AddSingleton((configuration.GetSection(InvoiceIssuerOptions.SectionName).Get<InvoiceIssuerOptions>() ?? new InvoiceIssuerOptions()).ToIssuer());
        services.AddScoped<MonthlyBilling>(); // reads the spot prices through the request's database context
        services.AddScoped<InvoiceQuery>();
        services.AddScoped<PayoutAccountService>();
        services.Configure<PayoutAccountOptions>(configuration.GetSection(PayoutAccountOptions.SectionName));
        services.Configure<IdentityNumberOptions>(configuration.GetSection(IdentityNumberOptions.SectionName));
        services.AddLocalization(); // the validators, the PDF and the export read their texts in the request's language
        services.AddValidatorsFromAssemblyContaining<ChangeContactDataValidator>(ServiceLifetime.Scoped);
        services.AddScoped<AuditLog>();
        services.AddSingleton(BkkPrivacyCatalogue.Current);
        services.AddScoped<ConsentService>();
        services.AddScoped<MyDataExport>();
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.SectionName));
        services.Configure<LoginSessionOptions>(configuration.GetSection(LoginSessionOptions.SectionName));
        services.AddScoped<RetentionJob>();
        services.AddScoped<ContactDetailsService>();
        services.AddScoped<InstallationsQuery>();
        services.AddScoped<InquiryService>();
        services.AddScoped<AccessManagementService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<HanPortService>();
        services.AddScoped<MoveOutService>();
        services.AddScoped<Requests.ServiceRequestQueue>();
        services.AddScoped<Requests.RegisterReadingService>();
        services.AddScoped<Requests.RegisterReadingApplier>();
        services.AddScoped<Requests.RegisterReadingChecks>();
        services.AddScoped<Requests.ReadingReminders>();
        services.AddScoped<ApiTokenAuthenticator>();
        services.AddScoped<SharedDataQuery>();
        services.AddSingleton<ApiUsageCounter>();
        services.AddScoped<PaymentDeferralService>();
        services.AddScoped<MeteringPointAccess>();
        services.AddScoped<ConsumptionQuery>();
        services.AddScoped<ConsumptionExport>();
        services.Configure<MeterValueImportOptions>(configuration.GetSection(MeterValueImportOptions.SectionName));
        services.AddScoped<MeterValueImporter>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<RelationshipAccessService>();
        services.AddScoped<CurrentRelationship>();
        services.AddScoped<OverviewQuery>();
        services.AddScoped<MonthSoFarQuery>();
        services.AddScoped<NorgesprisComparisonQuery>();
        services.AddSingleton((configuration.GetSection(SpotPriceImportOptions.SectionName).Get<SpotPriceImportOptions>() ?? new SpotPriceImportOptions()).ToRates());
        services.AddScoped<SpotPriceImporter>();
        services.AddScoped<PersonQuery>();
        var staff = configuration.GetSection(StaffOptions.SectionName).Get<StaffOptions>() ?? new StaffOptions();
        staff.EnsureValid(); // a wrong role setting stops the portal at start, not at the first staff login
        services.Configure<StaffOptions>(configuration.GetSection(StaffOptions.SectionName));
        services.AddScoped<StaffAccessService>();
        services.AddScoped<StaffAccessLog>();
        services.AddScoped<InquiryQueue>();
        var chat = configuration.GetSection(ChatOptions.SectionName).Get<ChatOptions>() ?? new ChatOptions();
        chat.EnsureValid();
        services.Configure<ChatOptions>(configuration.GetSection(ChatOptions.SectionName));
        services.AddScoped<ChatService>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<MessageComposer>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<DeliveryReview>();
        services.AddScoped<NotificationChoices>();
        services.AddScoped<ConsumptionAlerts>();
        services.AddScoped<InvoiceAnnouncements>();
        services.AddScoped<NoticeMessages>();
        services.AddScoped<NoticeService>();
        services.AddScoped<NoticeBoard>();
        services.AddSingleton<OutboxPacers>();
        services.AddScoped<IInquiryNotifications, OutboxInquiryNotifications>();
        return services;
    }
}
