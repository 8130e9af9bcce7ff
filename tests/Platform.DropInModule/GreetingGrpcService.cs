using Grpc.Core;
using Platform.DropIn.V1;

namespace Platform.DropInModule;

internal sealed class GreetingGrpcService : GreetingService.GreetingServiceBase
{
    public override Task<GreetReply> Greet(GreetRequest request, ServerCallContext context) =>
        Task.FromResult(new GreetReply { Greeting = $"Hej {request.Name}, from a module the host was not built with" });
}
