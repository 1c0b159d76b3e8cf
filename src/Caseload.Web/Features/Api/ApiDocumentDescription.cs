using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Caseload.Web.Features.Api;

/// <summary>The document's title, description and its one security scheme: OAuth 2.0 client credentials at /connect/token.</summary>
internal sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    public const string SchemeName = "oauth2";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Caseload API",
            Version = "v1",
            Description = "Læs borgere, forløb, frister, mål og målinger i de teams, klienten er registreret til, følg forløbsloggen som feed "
                + "(?after=), og send henvendelser. Log ind med OAuth 2.0 client credentials på /connect/token. Se README, afsnittet Integration.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Client credentials: klient-id og hemmelighed fra Administration → API-klienter.",
            Flows = new OpenApiOAuthFlows { ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri(ApiSetup.TokenPath, UriKind.Relative) } },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
