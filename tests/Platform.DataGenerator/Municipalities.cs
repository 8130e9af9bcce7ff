using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Core.V1;

namespace Platform.DataGenerator;

/// <summary>
/// Creates the partnership (unless it exists), onboards every known municipality into it and gives each municipality
/// the seed's local areas (unless it has them), so events and survey answers spread over local areas.
/// </summary>
public static class Municipalities
{
    public static readonly string[] LocalAreaNames = ["Nord", "Syd", "Centrum"];

    public static async Task<IReadOnlyList<SeedMunicipality>> OnboardAllAsync(GrpcChannel channel, CallOptions admin, string partnershipId)
    {
        var partnerships = new PartnershipService.PartnershipServiceClient(channel);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(channel);
        var known = await municipalities.ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), admin);
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
        var seeded = new List<SeedMunicipality>();
        foreach (var code in known.Municipalities.Select(m => m.Code))
        {
            if (!members.Contains(code))
            {
                await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, admin);
            }

            var municipality = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, admin);
            foreach (var name in LocalAreaNames.Where(name => municipality.LocalAreas.All(a => a.Name != name)))
            {
                municipality = await municipalities.AddLocalAreaAsync(
                    new AddLocalAreaRequest { Code = code, Name = name, ExpectedVersion = municipality.Version }, admin);
            }

            seeded.Add(new SeedMunicipality(code, [.. municipality.LocalAreas.Where(a => LocalAreaNames.Contains(a.Name)).Select(a => a.Id)]));
        }

        return seeded;
    }
}
