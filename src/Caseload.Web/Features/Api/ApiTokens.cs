using System.Security.Claims;
using Caseload.Application.Api;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Caseload.Web.Features.Api;

/// <summary>
/// The token endpoint's client check (ADR 0049). OpenIddict runs in degraded mode: Caseload keeps its clients in its own table
/// (<see cref="Domain.Api.ApiClient"/>), so this handler — not OpenIddict's application store — checks the id and the secret.
/// Wrong id, wrong secret and a revoked client get the same answer.
/// </summary>
internal sealed class ApiClientCredentialsCheck(ApiClientAdministration clients) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(OpenIddictConstants.Errors.UnsupportedGrantType, "Kun client_credentials understøttes.");
            return;
        }
        if (await clients.AuthenticateAsync(context.ClientId, context.ClientSecret, context.CancellationToken) is { } client)
            context.Transaction.Properties[ClientKey] = client; // the issuer below needs no second (slow) hash check
        else
            context.Reject(OpenIddictConstants.Errors.InvalidClient, RejectedMessage);
    }

    public const string ClientKey = "caseload:api-client";
    public const string RejectedMessage = "Ukendt klient, forkert hemmelighed eller tilbagekaldt klient.";
}

/// <summary>Issues the access token: its subject is the client as an actor (<see cref="ApiClientActor"/>), its name the client's.
/// Teams and rights are not in the token: they are read per request, so a change or a revocation counts at once.</summary>
internal sealed class ApiTokenIssuer : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public const string AuthenticationType = "caseload-api";

    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Transaction.Properties.TryGetValue(ApiClientCredentialsCheck.ClientKey, out var found) || found is not ValueTuple<Guid, string> client)
        {
            context.Reject(OpenIddictConstants.Errors.InvalidClient, ApiClientCredentialsCheck.RejectedMessage);
            return default;
        }
        var identity = new ClaimsIdentity(AuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, ApiClientActor.UserIdOf(client.Item1.ToString()));
        identity.SetClaim(Claims.Name, ApiClientActor.DisplayPrefix + client.Item2);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        context.SignIn(new ClaimsPrincipal(identity));
        return default;
    }
}
