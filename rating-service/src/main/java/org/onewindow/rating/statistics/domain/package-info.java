/** Published satisfaction statistics (好差评结果公开): counts per level, 满意率 and bad ratings per department, item or centre. */
package org.onewindow.rating.statistics.domain;
