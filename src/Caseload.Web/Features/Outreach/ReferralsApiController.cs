using Caseload.Application.Api;
using Caseload.Application.Outreach;
using Caseload.Web.Features.Api;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Outreach;

/// <summary>A referral from another system to an outreach team (only for a client allowed to write).</summary>
[Route("api/v1/referrals")]
public sealed class ReferralsApiController(ApiReferrals referrals) : ApiControllerBase
{
    [HttpPost("")]
    [Consumes("application/json")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ApiReferralCreated>> Create([FromBody] ApiReferralInput input)
    {
        var result = await referrals.CreateAsync(input, Ct);
        if (!result.Succeeded) return ApiProblems.From(result.Outcome);
        return Created($"/api/v1/citizens/{result.Value!.CitizenId}", result.Value);
    }
}
