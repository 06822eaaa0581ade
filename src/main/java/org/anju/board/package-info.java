/**
 * Board: the anonymous public progress board (投诉公示栏) of each project — the month's figures,
 * the top topics with what is being done about them, and the recent complaints by topic and
 * building with their state. Nothing personal is shown: no names, phones, units or rooms, and no
 * owner's text; only the improvement measures staff published ({@link org.anju.board.Board}),
 * masked once more. It sits on the top floor and reads the other modules' public APIs.
 */
@ApplicationModule(displayName = "Board")
package org.anju.board;

import org.springframework.modulith.ApplicationModule;
