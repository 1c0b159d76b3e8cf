using System.Threading.Channels;
using Caseload.Application.Common;
using Caseload.Infrastructure.Identity;
using Caseload.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Caseload.Web.Features.Account;

/// <summary>
/// "Glemt adgangskode" sends its mail in the background (issue #28 item 3): the request only queues the typed address,
/// so it does the same work — and takes the same time — whether or not an account has that address. The look-up, the
/// token and the mail happen here. The queue is bounded and drops the oldest when full: a flood of requests cannot
/// grow memory, and a lost reset mail is simply asked for again.
/// </summary>
public sealed class PasswordResetMailer(
    IServiceScopeFactory scopes, LinkGenerator links, PublicAddress address,
    ILogger<PasswordResetMailer> logger) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Queues a reset mail for the address, if an active account has it.</summary>
    public void Enqueue(string email) => _queue.Writer.TryWrite(email);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(email, stoppingToken);
            }
#pragma warning disable CA1031 // one failed mail (SMTP down) must not stop the queue; it is logged
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(e, "The password reset mail could not be sent");
            }
        }
    }

    private async Task SendAsync(string email, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not { IsActive: true } user) return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var path = links.GetPathByAction(nameof(AccountController.ResetPassword), "Account", new { email = user.Email, token })!;
        var link = address.BaseUrl() + path;
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(user.Email!, "Nulstil din adgangskode til Caseload",
            $"<p>Hej {System.Net.WebUtility.HtmlEncode(user.FullName)}</p><p>Du (eller en anden) har bedt om at nulstille din adgangskode. " +
            $"Brug linket herunder inden for et døgn. Har du ikke bedt om det, kan du se bort fra denne mail.</p>" +
            $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(link)}\">Nulstil adgangskode</a></p>", ct);
    }
}
