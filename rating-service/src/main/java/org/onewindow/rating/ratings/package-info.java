/** 好差评: who may rate which case at which stage, the ratings themselves (一次一评), their REST API and events. */
package org.onewindow.rating.ratings;
