package gg.pickban.identity.boundary;

import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** {@code /api/users/}: the user router (identity.md §5). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @PersistenceContext
    EntityManager em;

    @GET
    public List<UserFull> list() {
        return em.createNamedQuery(User.ALL, User.class).getResultStream().map(UserFull::of).toList();
    }

    @GET
    @Path("{pk: [0-9]+}")
    public UserFull get(@PathParam("pk") long pk) {
        return Optional.ofNullable(em.find(User.class, pk)).map(UserFull::of).orElseThrow(NotFoundException::new);
    }
}
