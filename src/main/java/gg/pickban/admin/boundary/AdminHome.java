package gg.pickban.admin.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /admin} and {@code /admin/} (the frontend's link) lead to the staff site's first page. */
@WebServlet(urlPatterns = {"/admin", "/admin/"})
public class AdminHome extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        response.setHeader("Location", StaffPages.HOME);
    }
}
