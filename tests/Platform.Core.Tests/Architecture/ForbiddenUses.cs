using Mono.Cecil;

namespace Platform.Core.Tests.Architecture;

/// <summary>
/// Uses of types and members that a module's compiled code must not make, each rule answering one line per offending
/// type and what it uses, so that a failure names the code to change.
/// </summary>
internal static class ForbiddenUses
{
    /// <summary>The types of service scopes: a module acts as the platform only through <c>IPlatformElevation</c>.</summary>
    private static readonly HashSet<string> ScopeTypes =
    [
        "Microsoft.Extensions.DependencyInjection.IServiceScopeFactory",
        "Microsoft.Extensions.DependencyInjection.IServiceScope",
        "Microsoft.Extensions.DependencyInjection.AsyncServiceScope",
    ];

    /// <summary>The static clocks: the time comes from the injected <see cref="TimeProvider"/>.</summary>
    private static readonly HashSet<string> StaticClocks =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow",
        "System.TimeProvider.get_System",
    ];

    public static IReadOnlyList<string> ScopeCreations(CompiledModule module) =>
        Lines(module.Uses.Where(use => ScopeTypes.Contains(use.Used.FullName)), use => $"{use.Origin.FullName} uses {use.Used.FullName}");

    public static IReadOnlyList<string> StaticClockReads(CompiledModule module) =>
        Lines(module.Uses.Where(use => use.Member is MethodReference && StaticClocks.Contains($"{use.Used.FullName}.{use.Member.Name}")),
            use => $"{use.Origin.FullName} reads {use.Used.FullName}.{use.Member!.Name["get_".Length..]}");

    /// <summary>Uses of types from the named assemblies: the host's, the tests' or another module's implementation.</summary>
    public static IReadOnlyList<string> ImplementationUses(CompiledModule module, IReadOnlySet<string> implementations) =>
        Lines(module.Uses.Where(use => use.Used.Scope is AssemblyNameReference assembly && implementations.Contains(assembly.Name)),
            use => $"{use.Origin.FullName} uses {use.Used.FullName} of {((AssemblyNameReference)use.Used.Scope).Name}");

    /// <summary>
    /// What makes a gRPC service more than a thin adapter over its feature's application class: a constructor parameter
    /// of a type that is not the module's own (an SDK or host service such as <c>ITenantDbContextFactory</c>,
    /// <c>ICallerContext</c> or <c>TimeProvider</c>, which belong to the application class), or a member of the call
    /// context other than its cancellation token; and any other type of the module that touches the call context.
    /// </summary>
    public static IReadOnlyList<string> FatGrpcServices(CompiledModule module)
    {
        var services = module.GrpcServices.Select(service => service.FullName).ToHashSet();
        var foreignParameters = module.GrpcServices.SelectMany(service => service.Methods
            .Where(method => method.IsConstructor && !method.IsStatic)
            .SelectMany(constructor => constructor.Parameters)
            .Where(parameter => parameter.ParameterType is not TypeDefinition)
            .Select(parameter => $"{service.FullName} takes {parameter.ParameterType.FullName}"));
        // A service may read the call's cancellation token; any other type may not touch the call at all, so an
        // application class that pages and jobs call takes a CancellationToken, never the gRPC call's context.
        // The generated code of a module's own proto (the service bases' outer classes) is gRPC's, not the module's.
        var generated = module.GrpcServices.Select(service => CompiledModule.OutermostName(service.BaseType)).ToHashSet();
        var callContextUses = module.Uses
            .Where(use => use.Used.FullName == "Grpc.Core.ServerCallContext" && !generated.Contains(use.Origin.FullName)
                && (!services.Contains(use.Origin.FullName) || (use.Member is not null && use.Member.Name != "get_CancellationToken")))
            .Select(use => use.ToString());
        return Sorted(foreignParameters.Concat(callContextUses));
    }

    private static List<string> Lines(IEnumerable<TypeUse> uses, Func<TypeUse, string> line) => Sorted(uses.Select(line));

    private static List<string> Sorted(IEnumerable<string> lines) => [.. lines.Distinct().Order(StringComparer.Ordinal)];
}
