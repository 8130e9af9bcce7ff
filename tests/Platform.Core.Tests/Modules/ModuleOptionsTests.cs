using Platform.Sdk.Modules;
using Platform.Testing;

namespace Platform.Core.Tests.Modules;

/// <summary>A module's settings are bound and checked at start: a wrong one stops the start and says which key.</summary>
public sealed class ModuleOptionsTests
{
    [Theory]
    [InlineData("--Platform:Modules:events:Smtp:Port=twenty-five", "Platform:Modules:events", "Smtp:Port")]
    [InlineData("--Platform:Modules:events:Smtp:Port=70000", "Platform:Modules:events:Smtp:Port", "between 1 and 65535")]
    [InlineData("--Platform:Modules:surveys:SubmissionsPerMinute=0", "Platform:Modules:surveys:SubmissionsPerMinute", "between 1 and 100000")]
    [InlineData("--Platform:Modules:events:Smpt:Host=mail.example.dk", "Platform:Modules:events", "Smpt")]
    [InlineData("--Platform:Modules:reporting:Sections:sample=nowhere", "Platform:Modules:reporting:Sections:sample", "not a report section")]
    public async Task A_wrong_module_setting_stops_the_start_with_a_message_naming_its_key(string setting, string key, string what)
    {
        var refused = await Assert.ThrowsAsync<ModuleOptionsException>(() => TestPlatform.StartAsync(settings: setting));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        Assert.Contains(what, refused.Message, StringComparison.Ordinal);
    }
}
