using Platform.Sdk.RateLimits;

namespace Platform.Events.SignUp;

/// <summary>
/// Limits the sign-ups through one event's public page (<see cref="EventsOptions.SignUpsPerMinute"/>), so whoever holds
/// the address cannot fill the event, or its waitlist, with made-up people faster than someone can rotate the token.
/// </summary>
internal sealed class SignUpPageGrain(EventsOptions options, TimeProvider clock) : Grain, ISignUpPageGrain
{
    private readonly PerMinuteLimit signUps = new(options.SignUpsPerMinute);

    public Task<bool> TryTakeSlotAsync() => Task.FromResult(signUps.TryTake(clock.GetUtcNow()));
}
