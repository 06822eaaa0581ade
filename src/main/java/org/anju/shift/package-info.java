/**
 * Shift handover (交接班记录): the posts of a project (客服中心, 东门岗, 监控室 …), the shifts on them,
 * and each shift's handover log — events, pending items, keys and equipment handed over. The next
 * shift of the post must read and acknowledge the log before its duty list opens, so nothing said
 * at a shift change is lost; pending items stay on every log until someone closes them.
 * Public API: {@link org.anju.shift.Posts} (the posts, for the visitor register's post log) and
 * {@link org.anju.shift.Shifts} (for the console).
 */
@ApplicationModule(displayName = "Shift")
package org.anju.shift;

import org.springframework.modulith.ApplicationModule;
