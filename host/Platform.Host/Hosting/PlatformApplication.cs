using System.Net;
using Platform.Host.Audit;
using Platform.Host.Configuration;
using Platform.Host.Grpc;
using Platform.Host.Grpc.InProcess;
using Platform.Host.Health;
using Platform.Host.Grpc.Services;
using Platform.Host.Indicators;
using Platform.Host.Jobs;
using Platform.Host.Modules;
using Platform.Host.Municipalities;
using Platform.Host.Partnerships;
using Platform.Host.Partnerships.Invitations;
using Platform.Host.People;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Providers;
using Platform.Host.Security;
using Platform.Host.ServiceAccounts;
using Platform.Host.Tenancy;
using Platform.Host.Web;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Directory;
using Platform.Sdk.Indicators;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;

namespace Platform.Host.Hosting;

/// <summary>
/// The one host process: Kestrel serving gRPC over HTTP/2, an Orleans silo, and the background worker, with every
/// module of the modules directory plugged in.
/// </summary>
public static class PlatformApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        builder.Services.AddOptions<PlatformOptions>()
            .Bind(builder.Configuration.GetSection(PlatformOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var endpoints = new PlatformEndpoints();
        builder.Services.AddSingleton(endpoints);
        builder.WebHost.ConfigureKestrel(kestrel =>
            endpoints.Configure(kestrel, IPAddress.Parse(options.ListenAddress), options.Port, options.WebPort));
        builder.Services.AddPlatformCore(options);
        builder.Services.AddPlatformAuthentication(options);
        builder.Services.AddPlatformPeople();
        builder.Services.AddPlatformServiceAccounts();
        builder.Services.AddPlatformWeb();
        builder.Services.LoadModules(options.ResolveModulesDirectory(), builder.Configuration, options.ResolveDatabase());
        builder.UseOrleans(silo => silo.UsePlatformCluster(options.Cluster));

        var app = builder.Build();
        app.UsePlatformWeb();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<MalformedRequests>();
        app.UseMiddleware<CallerResolution>();
        app.MapPlatformServices();
        app.MapPlatformPeople();
        app.MapPlatformServiceAccounts();
        app.MapPlatformWeb();
        return app;
    }

    /// <summary>Migrates every model, then serves until stopped.</summary>
    public static async Task RunPlatformAsync(this WebApplication app)
    {
        await app.StartPlatformAsync(CancellationToken.None);
        await app.WaitForShutdownAsync();
    }

    /// <summary>Migrates every model, then starts serving; returns the gRPC address it listens on.</summary>
    public static async Task<Uri> StartPlatformAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Host");
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Entries)
        {
            if (module.Status == ModuleLoadStatus.Loaded)
            {
                logger.LogInformation("Module {ModuleId} {ModuleVersion} loaded from {Directory}", module.Id, module.Manifest!.Version, module.Directory);
            }
            else
            {
                logger.LogError("Module {ModuleId} failed to load from {Directory}: {Error}", module.Id, module.Directory, module.Error);
            }
        }

        await app.Services.MigrateDatabasesAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        var endpoints = app.Services.GetRequiredService<PlatformEndpoints>();
        logger.LogInformation("Partnership Platform serves gRPC (HTTP/2 cleartext) on {Address} and web pages on {WebAddress}", endpoints.Grpc, endpoints.Web);
        return endpoints.Grpc;
    }

    private static void AddPlatformCore(this IServiceCollection services, PlatformOptions options)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPublicRateLimits(options);
        services.AddSingleton(MunicipalityReferenceData.LoadDefault());
        var core = new ModelContextFactory<PlatformDbContext>(PlatformDbContext.ModelName, options.ResolveDatabase(), new Dictionary<DatabaseProvider, Type>
        {
            [DatabaseProvider.Sqlite] = typeof(SqlitePlatformDbContext),
            [DatabaseProvider.PostgreSql] = typeof(PostgreSqlPlatformDbContext),
            [DatabaseProvider.SqlServer] = typeof(SqlServerPlatformDbContext),
        });
        services.AddSingleton(core);
        services.AddSingleton<IModelMigrator>(core);

        services.AddSingleton<ModuleSwitches>();
        services.AddScoped<CallerContext>();
        services.AddScoped<ICallerContext>(provider => provider.GetRequiredService<CallerContext>());
        services.AddScoped<IPlatformElevation, PlatformElevation>();
        services.AddSingleton<InProcessServices>();
        services.AddScoped<IModuleClients, ModuleClients>();
        services.AddScoped<IIndicatorRegistry, IndicatorRegistry>();
        services.AddSingleton<IMunicipalityDirectory, MunicipalityDirectory>();

        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobStore>();
        services.AddScoped<JobAdministration>();
        services.AddScoped<PartnershipManagement>();
        services.AddScoped<JoinConsent>();
        services.AddSingleton<ReadableData>();
        services.AddScoped<MembershipInvitations>();
        services.AddScoped<MemberStatus>();
        services.AddScoped<MunicipalitySettings>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<IJobQueue, JobQueue>();
        services.AddHostedService<JobWorker>();
        services.AddHostedService<SqliteStatistics>();

        services.AddGrpc(grpc =>
        {
            grpc.EnableDetailedErrors = false;
            grpc.MaxReceiveMessageSize = GrpcLimits.MaxRequestBytes;
            grpc.Interceptors.Add<ErrorMappingInterceptor>();
            // Inside the error mapping, so a request out of shape answers INVALID_ARGUMENT naming the field.
            grpc.Interceptors.Add<RequestShapeInterceptor>();
        });
        services.AddGrpcReflection();
        // The overall status (service "") says whether the host can serve, database included (readiness);
        // the "liveness" service leaves the database out, so a database outage does not restart every host.
        services.AddGrpcHealthChecks(health =>
        {
            health.Services.Map("", _ => true);
            health.Services.Map("liveness", result => !result.Tags.Contains(DatabaseHealthCheck.Tag));
        })
            .AddCheck("process", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("The host answers."))
            .AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.Tag]);
    }

    private static void MapPlatformServices(this WebApplication app)
    {
        app.MapGrpcService<PartnershipGrpcService>();
        app.MapGrpcService<MunicipalityGrpcService>();
        app.MapGrpcService<ModuleGrpcService>();
        app.MapGrpcService<JobGrpcService>();
        app.MapGrpcService<PersonalDataGrpcService>();
        app.MapGrpcService<AuditGrpcService>();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();

        var mapGrpcService = typeof(GrpcEndpointRouteBuilderExtensions).GetMethods()
            .Single(method => method is { Name: nameof(GrpcEndpointRouteBuilderExtensions.MapGrpcService), IsGenericMethodDefinition: true });
        foreach (var registration in app.Services.GetServices<GrpcServiceRegistration>())
        {
            var endpoints = (GrpcServiceEndpointConventionBuilder)mapGrpcService.MakeGenericMethod(registration.ServiceType).Invoke(null, [app])!;
            endpoints.WithMetadata(new ModuleEndpointMetadata(registration.ModuleId));
        }

        foreach (var registration in app.Services.GetServices<EndpointRegistration>())
        {
            registration.Map(app.MapGroup("/" + registration.ModuleId).WithMetadata(new ModuleEndpointMetadata(registration.ModuleId)));
        }
    }
}
