using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Notifications;

/// <summary>
/// Sends one outbox message through SMTP and marks it sent, dropping its text and calendar file (the row stays, so
/// it is not written again). A sent message is not sent again; a failure is recorded
/// on the message and the job retries with backoff. If a host dies between the send and the mark, the message goes
/// out twice: at-least-once delivery.
/// </summary>
internal sealed class SendMessageJobHandler(ITenantDbContextFactory<EventsDb> databases, SmtpSender smtp, TimeProvider clock) : IJobHandler
{
    public const string Type = "events.send-message";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var messageId = Notices.IdOf(job);
        await using var db = await databases.OpenAsync(job.MunicipalityCode!, AccessLevel.Contribute, cancellationToken);
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || message.SentAt is not null)
        {
            return;
        }

        message.Attempts++;
        try
        {
            await smtp.SendAsync(message, cancellationToken);
            message.SentAt = clock.GetUtcNow();
            message.LastError = null;
            // What was sent is not kept: it may hold a cancel link, whose token the database must never have for long.
            message.Body = "";
            message.Calendar = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            message.LastError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
