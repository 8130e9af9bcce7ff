namespace Platform.Host.ServiceAccounts;

/// <summary>The service accounts of partner systems, and their gRPC service, added to the host.</summary>
internal static class ServiceAccountRegistration
{
    public static IServiceCollection AddPlatformServiceAccounts(this IServiceCollection services) =>
        services.AddSingleton<ServiceAccountDirectory>().AddScoped<ServiceAccountManagement>();

    public static WebApplication MapPlatformServiceAccounts(this WebApplication app)
    {
        app.MapGrpcService<ServiceAccountGrpcService>();
        return app;
    }
}
