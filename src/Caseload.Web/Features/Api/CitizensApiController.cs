using Caseload.Application.Api;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Api;

/// <summary>Citizens of the client's teams whose consent covers it, with their courses, deadlines, goals and measurements.
/// Every answer is audited with the client as the actor.</summary>
[Route("api/v1/citizens")]
[ProducesResponseType(StatusCodes.Status404NotFound)]
public sealed class CitizensApiController(ApiReads reads) : ApiControllerBase
{
    /// <summary>The citizens, 25 to a page by name.</summary>
    [HttpGet("")]
    public async Task<ActionResult<ApiCitizenPage>> List([FromQuery] int page = 1) => Found(await reads.CitizensAsync(page, Ct));

    /// <summary>One citizen: CPR masked unless the client may see the full number.</summary>
    [HttpGet("{id:guid}")]
    public async Task<ActionResult<ApiCitizen>> Get([FromRoute(Name = "id")] ScopedCitizen citizen) => Found(await reads.CitizenAsync(citizen, Ct));

    [HttpGet("{id:guid}/courses")]
    public async Task<ActionResult<IReadOnlyList<ApiCourse>>> Courses([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.CoursesAsync(citizen, Ct));

    [HttpGet("{id:guid}/deadlines")]
    public async Task<ActionResult<IReadOnlyList<ApiDeadline>>> Deadlines([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.DeadlinesAsync(citizen, Ct));

    [HttpGet("{id:guid}/goals")]
    public async Task<ActionResult<IReadOnlyList<ApiGoal>>> Goals([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.GoalsAsync(citizen, Ct));

    [HttpGet("{id:guid}/measurements")]
    public async Task<ActionResult<IReadOnlyList<ApiMeasurement>>> Measurements([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.MeasurementsAsync(citizen, Ct));
}
