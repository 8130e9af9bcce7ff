using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Core.V1;

namespace Platform.DataGenerator;

/// <summary>Creates the partnership (unless it exists) and onboards every known municipality into it.</summary>
public static class Municipalities
{
    public static async Task<IReadOnlyList<string>> OnboardAllAsync(GrpcChannel channel, CallOptions admin, string partnershipId)
    {
        var partnerships = new PartnershipService.PartnershipServiceClient(channel);
        var known = await new MunicipalityService.MunicipalityServiceClient(channel).ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), admin);
        try
        {
            await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = partnershipId, Name = "Hele landet", CentreName = "Data generator" }, admin);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.AlreadyExists)
        {
            // Seeding again adds to the same partnership.
        }

        var members = (await partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = partnershipId }, admin)).Members
            .Select(m => m.MunicipalityCode).ToHashSet();
        foreach (var code in known.Municipalities.Select(m => m.Code).Where(code => !members.Contains(code)))
        {
            await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, admin);
        }

        return [.. known.Municipalities.Select(m => m.Code)];
    }
}
