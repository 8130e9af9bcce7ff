using System.Collections.Concurrent;
using System.Reflection;
using Grpc.Core;
using McMaster.NETCore.Plugins;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>
/// Loads a module's main assembly once per process (a second load of the same plugin breaks Orleans' type
/// registry), sharing the SDK, the core contracts, framework, Orleans, gRPC and EF Core types with the host.
/// Whatever the host's process cannot load, such as the module's own contracts and those of modules it calls, loads
/// from the module's folder: each module has its own copy, which is fine since modules call each other over gRPC.
/// </summary>
public static class PluginAssemblies
{
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Loaded = new(StringComparer.Ordinal);

    private static readonly Type[] SharedTypes =
    [
        typeof(IPlatformModule),
        typeof(Platform.Contracts.Core.V1.Municipality),
        typeof(IServiceCollection),
        typeof(IEndpointRouteBuilder),
        typeof(ServerCallContext),
        typeof(Google.Protobuf.IMessage),
        typeof(Grain),
        typeof(DbContext),
        typeof(ILogger),
    ];

    public static Assembly Load(string assemblyPath) =>
        Loaded.GetOrAdd(Path.GetFullPath(assemblyPath), path => new Lazy<Assembly>(() =>
            PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config => config.PreferSharedTypes = true)
                .LoadDefaultAssembly())).Value;
}
