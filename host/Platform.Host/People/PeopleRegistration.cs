using Platform.Host.Security;

namespace Platform.Host.People;

/// <summary>The people store, its gRPC service and the sign-in pages, added to the host.</summary>
internal static class PeopleRegistration
{
    public static IServiceCollection AddPlatformPeople(this IServiceCollection services)
    {
        services.AddOptions<PeopleOptions>().BindConfiguration(PeopleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<PeopleMail>();
        services.AddSingleton<SignInLinkRequests>();
        services.AddSingleton<StoredCallers>();
        services.AddSingleton<OrganisationSignIn>();
        services.AddSingleton<PersonLanguages>();
        services.AddScoped<PeopleManagement>();
        services.AddScoped<GrantChoices>();
        return services;
    }

    public static WebApplication MapPlatformPeople(this WebApplication app)
    {
        app.MapGrpcService<PeopleGrpcService>();
        SignInEndpoints.Map(app);
        OrganisationLogin.Map(app);
        return app;
    }
}
