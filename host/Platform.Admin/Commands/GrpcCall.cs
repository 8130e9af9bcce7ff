using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Platform.Admin.Commands;

/// <summary>Runs one command's calls and turns a refused call into a clear message and exit code 1.</summary>
public static class GrpcCall
{
    public static async Task<int> RunAsync(AdminConnection connection, Func<GrpcChannel, Task> action)
    {
        using var channel = connection.OpenChannel();
        try
        {
            await action(channel);
            return 0;
        }
        catch (RpcException exception)
        {
            Console.Error.WriteLine($"{exception.StatusCode}: {exception.Status.Detail}");
            foreach (var violation in exception.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [])
            {
                Console.Error.WriteLine($"  {violation.Field}: {violation.Description}");
            }

            if (exception.StatusCode == StatusCode.Unavailable)
            {
                Console.Error.WriteLine("Is the host running? Start it with: dotnet run --project host/Platform.Host");
            }

            return 1;
        }
    }
}
